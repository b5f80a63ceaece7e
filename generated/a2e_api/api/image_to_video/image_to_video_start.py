from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.image_2_video_record_envelope import Image2VideoRecordEnvelope
from ...models.image_2_video_request import Image2VideoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: Image2VideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userImage2Video/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Image2VideoRecordEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | Image2VideoRecordEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Image2VideoRecordEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | Image2VideoRecordEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Image2VideoRequest,
) -> Response[ErrorEnvelope | Image2VideoRecordEnvelope]:
    """Start image to video conversion

     Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under
    10 minutes.

    A2E's published notes:

    * end_image_url is needed when model_type is FLF2V.
    * With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
    * video_time accepts only 5, 10, 15 or 20 seconds.
    * video_length (frames) is deprecated; prefer video_time.
    * Omitted model_version defaults to a2e-v2 for Ultra users, a2e otherwise.
    * V2 models generate their own audio and are not covered by plan waivers.
    * mask_face: set true only after the user agrees to mask a detected face.
    * minor_suspected_skip acknowledges a suspected minor aged 10 to 14.

    Args:
        body (Image2VideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | Image2VideoRecordEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Image2VideoRequest,
) -> ErrorEnvelope | Image2VideoRecordEnvelope | None:
    """Start image to video conversion

     Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under
    10 minutes.

    A2E's published notes:

    * end_image_url is needed when model_type is FLF2V.
    * With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
    * video_time accepts only 5, 10, 15 or 20 seconds.
    * video_length (frames) is deprecated; prefer video_time.
    * Omitted model_version defaults to a2e-v2 for Ultra users, a2e otherwise.
    * V2 models generate their own audio and are not covered by plan waivers.
    * mask_face: set true only after the user agrees to mask a detected face.
    * minor_suspected_skip acknowledges a suspected minor aged 10 to 14.

    Args:
        body (Image2VideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | Image2VideoRecordEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Image2VideoRequest,
) -> Response[ErrorEnvelope | Image2VideoRecordEnvelope]:
    """Start image to video conversion

     Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under
    10 minutes.

    A2E's published notes:

    * end_image_url is needed when model_type is FLF2V.
    * With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
    * video_time accepts only 5, 10, 15 or 20 seconds.
    * video_length (frames) is deprecated; prefer video_time.
    * Omitted model_version defaults to a2e-v2 for Ultra users, a2e otherwise.
    * V2 models generate their own audio and are not covered by plan waivers.
    * mask_face: set true only after the user agrees to mask a detected face.
    * minor_suspected_skip acknowledges a suspected minor aged 10 to 14.

    Args:
        body (Image2VideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | Image2VideoRecordEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Image2VideoRequest,
) -> ErrorEnvelope | Image2VideoRecordEnvelope | None:
    """Start image to video conversion

     Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under
    10 minutes.

    A2E's published notes:

    * end_image_url is needed when model_type is FLF2V.
    * With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
    * video_time accepts only 5, 10, 15 or 20 seconds.
    * video_length (frames) is deprecated; prefer video_time.
    * Omitted model_version defaults to a2e-v2 for Ultra users, a2e otherwise.
    * V2 models generate their own audio and are not covered by plan waivers.
    * mask_face: set true only after the user agrees to mask a detected face.
    * minor_suspected_skip acknowledges a suspected minor aged 10 to 14.

    Args:
        body (Image2VideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | Image2VideoRecordEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
