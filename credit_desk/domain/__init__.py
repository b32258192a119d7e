"""Pure domain layer: no Qt, no SQL. Rules, identifiers, calendar, masking, process."""
