"""Benchmarks: build times, page weight, Lighthouse and search speed (`make bench`,
`make bench-search`). Nothing else imports them."""
