"""Project tools: scaffolding, checks and benchmarks for the knowledge base."""
