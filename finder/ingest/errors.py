"""InputError: bad input that ends a run with exit code 2 and one line on stderr."""


class InputError(Exception):
    """Bad input: the message is one line, in Chinese, saying what is wrong and what to do.

    `reason` is a short machine tag: missing | not_a_file | empty | not_pdf | encrypted |
    scanned | truncated | undecodable | unsupported.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
