from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tts_audio_envelope import TtsAudioEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/send_tts",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TtsAudioEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TtsAudioEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TtsAudioEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | TtsAudioEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[ErrorEnvelope | TtsAudioEnvelope]:
    """Generate text-to-speech audio

     Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
    object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
    (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
    The client allows the published 3000 characters (sessions from the web app may send that many); A2E
    limits API-token callers to 1000, so split longer texts.

    A2E's published notes:

    * Provide either tts_id (system voice) or user_voice_id (cloned voice).
    * API callers are limited to 1000 characters, although the schema allows 3000.
    * Length counts all Unicode characters.
    * country and region values come from POST /api/v1/anchor/language_list.
    * API-token callers skip captcha; captcha fields are for web users.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TtsAudioEnvelope]
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
    body: Any,
) -> ErrorEnvelope | TtsAudioEnvelope | None:
    """Generate text-to-speech audio

     Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
    object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
    (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
    The client allows the published 3000 characters (sessions from the web app may send that many); A2E
    limits API-token callers to 1000, so split longer texts.

    A2E's published notes:

    * Provide either tts_id (system voice) or user_voice_id (cloned voice).
    * API callers are limited to 1000 characters, although the schema allows 3000.
    * Length counts all Unicode characters.
    * country and region values come from POST /api/v1/anchor/language_list.
    * API-token callers skip captcha; captcha fields are for web users.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TtsAudioEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[ErrorEnvelope | TtsAudioEnvelope]:
    """Generate text-to-speech audio

     Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
    object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
    (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
    The client allows the published 3000 characters (sessions from the web app may send that many); A2E
    limits API-token callers to 1000, so split longer texts.

    A2E's published notes:

    * Provide either tts_id (system voice) or user_voice_id (cloned voice).
    * API callers are limited to 1000 characters, although the schema allows 3000.
    * Length counts all Unicode characters.
    * country and region values come from POST /api/v1/anchor/language_list.
    * API-token callers skip captcha; captcha fields are for web users.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TtsAudioEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> ErrorEnvelope | TtsAudioEnvelope | None:
    """Generate text-to-speech audio

     Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
    object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
    (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
    The client allows the published 3000 characters (sessions from the web app may send that many); A2E
    limits API-token callers to 1000, so split longer texts.

    A2E's published notes:

    * Provide either tts_id (system voice) or user_voice_id (cloned voice).
    * API callers are limited to 1000 characters, although the schema allows 3000.
    * Length counts all Unicode characters.
    * country and region values come from POST /api/v1/anchor/language_list.
    * API-token callers skip captcha; captcha fields are for web users.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TtsAudioEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
