"""Label profiles from a label-profile service: each saved connection is a node of the
catalog tree (:mod:`.tree`), edited in :mod:`.editor` through :mod:`.controller`; :mod:`.dock` is the
"Label Profiles" menu, :mod:`.link_dialog` links a distributor label to a profile. :mod:`.panel` is
the same list and editor as one stand-alone widget (the controller's tests drive it)."""
