"""The bundled case files (`ussg examples` lists them and copies one out)."""
