"""The Credits tab of the track editor, split sheets, and a label's own code ranges."""
