"""Domain objects and rules: stdlib only, no Qt, no HTTP."""
