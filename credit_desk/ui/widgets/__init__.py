"""Input helpers shared by the wizard and dialogs: identifiers checked as typed, rare characters, dates."""
