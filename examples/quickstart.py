import a2e

client = a2e.A2E()  # the key and address from A2E_API_KEY and A2E_BASE_URL
TITLE = "a2e quickstart"
video_id = next((v.id for v in client.videos.iter_list() if v.title == TITLE), None)  # made by an earlier run?
if video_id is None:  # the calls that spend credits: made once, however often this runs
    voice = client.tts.list_voices(country="en", region="US")[0].children[0].value
    audio = client.tts.generate(msg="Hello from A2E!", tts_id=voice)
    anchor = client.videos.list_avatars(type="default")[0]
    video_id = client.videos.generate(anchor_id=anchor.id, anchor_type=0, audio_src=audio, title=TITLE).id
done = client.videos.wait(video_id, on_progress=print)
print(client.download(done.result_urls[0], "hello.mp4", overwrite=True), client.misc.remaining_coins().coins)
