"""Rendering a computation (text and Markdown worksheets) and tables; returns strings, never prints."""
