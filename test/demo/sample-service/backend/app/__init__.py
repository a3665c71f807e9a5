"""A tiny service laid out like the seed's FastAPI backend, using only the standard library."""
