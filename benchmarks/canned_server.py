"""A minimal HTTP/1.1 keep-alive server on loopback that answers every request with one fixed A2E envelope.

Run in its own process by the benchmarks, so the client's cost is measured without a server's work in the
same interpreter: `python benchmarks/canned_server.py` prints its port, then serves until killed.
"""

from __future__ import annotations

import asyncio
import json
import socket

BODY = json.dumps(
    {"code": 0, "msg": "success", "data": {"coins": 1000, "diamonds": 2}, "trace_id": "4f1c2a8e-6b1d-4c63"}
).encode()
ANSWER = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


class Canned(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, rest = self.buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            self.transport.write(ANSWER)


async def serve() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = await asyncio.get_running_loop().create_server(Canned, sock=sock)
    print(sock.getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve())
