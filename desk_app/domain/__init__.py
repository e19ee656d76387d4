"""Records, validation and reference numbers: the desk's rules, free of Qt, SQL and HTTP."""
