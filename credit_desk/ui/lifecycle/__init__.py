"""The officer's side of the case lifecycle: the Process buttons, one dialog per step, the letters issued."""
