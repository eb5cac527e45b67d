"""finder: checks that the prose of a Chinese budget disclosure agrees with its tables."""
__version__ = "0.1.0"
