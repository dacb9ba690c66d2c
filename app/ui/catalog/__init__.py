"""The catalog panel: the tree of labels, products and tracks, and search over it."""
