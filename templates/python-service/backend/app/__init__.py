"""A small HTTP service laid out like a FastAPI backend, using only the standard library."""
