"""The sections of the report document, one module per topic (:func:`slowion.report.document.build_document` puts
them in order)."""
