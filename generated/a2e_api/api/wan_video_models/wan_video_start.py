from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.task_record_envelope import TaskRecordEnvelope
from ...models.wan_25_request import Wan25Request
from ...types import Response


def _get_kwargs(
    *,
    body: Wan25Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWan25/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TaskRecordEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TaskRecordEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Wan25Request,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start Wan video generation

     Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

    A2E's published notes:

    * task_type values other than first_frame require model wan2.7-i2v.
    * first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
    * reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
    * video_extend needs first_clip_url; video_edit needs edit_video_url.
    * text_to_video must not include image or video inputs.
    * video_edit accepts up to 3 reference_image_urls.
    * Wan 2.5 durations 5/10; wan2.7 t2v/first/first-last/extend use 5/10/15.
    * wan2.7 reference_image: 2-15 s with images only, 2-10 s with a video.
    * wan2.7 video_edit duration is 5-10 seconds.
    * wan2.6-i2v and wan2.7-i2v need VIP/Max; wan2.6-i2v-flash open to all.
    * ratio is used only by wan2.7 text_to_video and reference_image.
    * multi_shots only takes effect when enable_prompt_expansion is true.
    * audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
    * Input reference videos are billed together with output duration.

    Args:
        body (Wan25Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope]
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
    body: Wan25Request,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start Wan video generation

     Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

    A2E's published notes:

    * task_type values other than first_frame require model wan2.7-i2v.
    * first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
    * reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
    * video_extend needs first_clip_url; video_edit needs edit_video_url.
    * text_to_video must not include image or video inputs.
    * video_edit accepts up to 3 reference_image_urls.
    * Wan 2.5 durations 5/10; wan2.7 t2v/first/first-last/extend use 5/10/15.
    * wan2.7 reference_image: 2-15 s with images only, 2-10 s with a video.
    * wan2.7 video_edit duration is 5-10 seconds.
    * wan2.6-i2v and wan2.7-i2v need VIP/Max; wan2.6-i2v-flash open to all.
    * ratio is used only by wan2.7 text_to_video and reference_image.
    * multi_shots only takes effect when enable_prompt_expansion is true.
    * audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
    * Input reference videos are billed together with output duration.

    Args:
        body (Wan25Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Wan25Request,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start Wan video generation

     Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

    A2E's published notes:

    * task_type values other than first_frame require model wan2.7-i2v.
    * first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
    * reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
    * video_extend needs first_clip_url; video_edit needs edit_video_url.
    * text_to_video must not include image or video inputs.
    * video_edit accepts up to 3 reference_image_urls.
    * Wan 2.5 durations 5/10; wan2.7 t2v/first/first-last/extend use 5/10/15.
    * wan2.7 reference_image: 2-15 s with images only, 2-10 s with a video.
    * wan2.7 video_edit duration is 5-10 seconds.
    * wan2.6-i2v and wan2.7-i2v need VIP/Max; wan2.6-i2v-flash open to all.
    * ratio is used only by wan2.7 text_to_video and reference_image.
    * multi_shots only takes effect when enable_prompt_expansion is true.
    * audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
    * Input reference videos are billed together with output duration.

    Args:
        body (Wan25Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Wan25Request,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start Wan video generation

     Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

    A2E's published notes:

    * task_type values other than first_frame require model wan2.7-i2v.
    * first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
    * reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
    * video_extend needs first_clip_url; video_edit needs edit_video_url.
    * text_to_video must not include image or video inputs.
    * video_edit accepts up to 3 reference_image_urls.
    * Wan 2.5 durations 5/10; wan2.7 t2v/first/first-last/extend use 5/10/15.
    * wan2.7 reference_image: 2-15 s with images only, 2-10 s with a video.
    * wan2.7 video_edit duration is 5-10 seconds.
    * wan2.6-i2v and wan2.7-i2v need VIP/Max; wan2.6-i2v-flash open to all.
    * ratio is used only by wan2.7 text_to_video and reference_image.
    * multi_shots only takes effect when enable_prompt_expansion is true.
    * audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
    * Input reference videos are billed together with output duration.

    Args:
        body (Wan25Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
