"""The plugin's features: what the site shows that Material and its extensions do not."""
