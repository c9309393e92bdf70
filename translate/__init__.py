"""Vietnamese news articles to reviewed Czech (and other) translations via PO files."""

__version__ = "0.1.0"
GENERATOR = f"vi-translate {__version__}"
