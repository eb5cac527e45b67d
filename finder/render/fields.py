"""Field names shared by every renderer (one place, like statcheck's constants)."""

FINDING_FIELDS = ("id", "check", "name", "kind", "severity", "message", "evidence", "computation",
                  "claims", "page", "line")
CLAIM_FIELDS = ("id", "kind", "raw", "value", "unit", "subject", "concept", "period", "direction",
                "approx", "whole", "status", "reason", "page", "line", "quote", "start", "end",
                "checked_against")
CSV_FIELDS = ("source", "id", "check", "name", "severity", "page", "line", "quote", "message",
              "computation", "reference")
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS_ZH = {"verified": "已核实", "contradicted": "矛盾", "unverifiable": "无法核实",
             "not_checkable": "不可核对", "unchecked": "未核对"}
