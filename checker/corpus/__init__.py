"""Loading a corpus: sources, entities, claims and resolutions, each validated."""
