"""Input readers: one per format, each registered through the ``lkjip_readers`` hook."""
