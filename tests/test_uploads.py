"""Local files: `client.upload(path)` through A2E's presigned upload to the (mock) storage host, and paths passed
where a media URL is due, on `A2E` and `AsyncA2E`."""

from __future__ import annotations

from pathlib import Path

import a2e
import httpx2 as httpx
import pytest


@pytest.fixture
def requests(server):
    server.state.requests.clear()
    return server.state.requests


@pytest.fixture
def photo(tmp_path) -> Path:
    path = tmp_path / "my face.png"
    path.write_bytes(bytes(range(256)) * 12_000)  # about 3 MiB: several chunks
    return path


def puts(requests) -> list[str]:
    return [path for method, path in requests if method == "PUT"]


def test_upload_streams_the_file_to_the_storage_host_and_returns_its_public_url(client, server, requests, photo):
    progress: list[tuple[int, int]] = []
    url = client.upload(photo, on_progress=lambda sent, size: progress.append((sent, size)))
    assert httpx.get(url).content == photo.read_bytes()
    assert progress[-1] == (photo.stat().st_size, photo.stat().st_size) and len(progress) >= 3
    assert len(puts(requests)) == 1  # the mock's storage refuses a PUT that carries an Authorization header
    stored = server.state.uploads[url.split("/mock-storage/", 1)[1]]
    assert stored[1] == "image/png"


def test_a_path_where_a_media_url_is_due_is_uploaded_first(client, server, photo):
    record = client.call("caption_removal_start", source_url=photo, name="from a local file")
    source = record.additional_properties["source_url"]
    assert "/mock-storage/" in source and httpx.get(source).content == photo.read_bytes()


def test_paths_inside_a_list_of_urls_are_uploaded_and_urls_kept(client, photo):
    record = client.call("virtual_try_on_start", image_urls=["https://example.com/garment.jpg", photo])
    urls = record.additional_properties.get("image_urls") or record.image_urls
    assert urls[0] == "https://example.com/garment.jpg" and "/mock-storage/" in urls[1]


def test_a_path_on_a_field_that_is_not_a_url_is_refused_before_sending(client, requests, photo):
    with pytest.raises(a2e.InvalidRequestError) as caught:
        client.call("caption_removal_start", source_url="https://example.com/v.mp4", name=photo)
    assert caught.value.field == "name"
    assert requests == []


@pytest.mark.parametrize("missing", ["nowhere.png", "."])
def test_a_missing_file_or_a_folder_is_refused_before_any_request(client, requests, tmp_path, missing):
    with pytest.raises(a2e.InvalidRequestError, match="path"):
        client.upload(tmp_path / missing)
    assert requests == []


def test_an_upload_that_breaks_halfway_is_sent_again(client, requests, photo, fast_retries):
    flaky = client.with_options(headers={"x-a2e-mock-outcome": "upload:halfway;times=1"})
    url = flaky.upload(photo)
    assert httpx.get(url).content == photo.read_bytes()
    assert len(puts(requests)) == 2


def test_an_upload_that_keeps_breaking_ends_in_an_upload_error(client, requests, photo, fast_retries):
    broken = client.with_options(headers={"x-a2e-mock-outcome": "upload:halfway"})
    with pytest.raises(a2e.UploadError, match="HTTP 500"):
        broken.upload(photo)
    assert len(puts(requests)) == 1 + client.max_retries


def test_a_presign_answer_without_urls_is_a_clear_error(photo):
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"code": 0, "data": {"key": "k"}})

    client = a2e.A2E("sk_x", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    # The presign call is charged for API tokens: an answer that cannot be read is an unknown outcome, not resent.
    with pytest.raises(a2e.OutcomeUnknownError, match="uploadUrl") as caught:
        client.upload(photo)
    assert isinstance(caught.value.cause, a2e.UnexpectedResponseError)


def test_the_storage_host_never_sees_the_key(photo, tmp_path):
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("upload-presigned-url"):
            return httpx.Response(
                200,
                json={
                    "code": 0,
                    "data": {"uploadUrl": "https://r2.example/put?sig=1", "cdnUrl": "https://cdn.example/f.png"},
                },
            )
        return httpx.Response(200)

    client = a2e.A2E("sk_secret_key", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert client.upload(photo) == "https://cdn.example/f.png"
    put = seen[-1]
    assert put.method == "PUT" and "authorization" not in put.headers and "x-lang" not in put.headers
    assert put.headers["content-length"] == str(photo.stat().st_size)
    assert put.content == photo.read_bytes()
