"""Credit Desk (信用认定工作台): listing cases for serious dishonesty subjects, offline."""

__version__ = "0.1.0"
