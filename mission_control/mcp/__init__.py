"""The agent interface over MCP: tools that call the domain services as the key's principal.

`server.py` serves them as stateless streamable HTTP at `/mcp` (and `stdio.py` relays a
stdio host to it); `tools.py` holds the catalogue (names, descriptions, schemas,
annotations, profiles) and what each tool does; `work.py` answers `next_action` and
`wait_for_events`.
"""
