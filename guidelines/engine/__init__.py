"""The machinery every rule shares: versioned tables, editions, the computation record, exact quantities and terms, errors."""
