"""One module per input format; ``annotator.io.importer`` picks one by the file's suffix."""
