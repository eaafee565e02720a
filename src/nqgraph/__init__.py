"""nqgraph: Vietnamese council resolutions as linked data."""

__version__ = "0.1.0"
