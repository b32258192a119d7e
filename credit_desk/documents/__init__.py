"""Letters: forms as data (forms.py), the template context (context.py), the GB/T 9704 grid (typeset.py),
fonts (fonts.py) and the pure PDF renderer (pdf.py); ``render.render_document`` ties them together.

No Qt and no SQL here; modules import only ``credit_desk.domain`` and libraries. Import the submodules
directly (this package imports nothing, so importing it stays cheap).
"""
