"""The file formats, as pydantic models: claims, entities, source metadata and resolutions."""
