"""Chat: channels, members, messages, task discussions and the WebSocket."""
