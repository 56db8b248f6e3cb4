"""Checks prompt-lint-emulator against the official Anthropic Python SDK.

Run by scripts/sdk-conformance.sh, which starts the emulator with the triggers and faults below.
Every check prints PASS or FAIL; the last line is 'N passed, M failed'.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback

import anthropic

MODEL = "claude-conformance"
# The emulator configuration the shell script starts it with (kept here so both sides agree).
CONFIG = {
    "refusals": [{"pattern": "unified business number", "category": "general_harms"}],
    "faults": [
        {"kind": "429", "match": "conformance-429", "retry_after": "1", "count": 1},
        {"kind": "529", "match": "conformance-529", "count": 2},
        {"kind": "500", "match": "conformance-500-exhaust", "count": 10},
        {"kind": "500", "match": "conformance-no-retry", "should_retry": False, "count": 10},
        {"kind": "drop", "match": "conformance-drop", "count": 1},
        {"kind": "stream-error", "match": "conformance-stream-error", "count": 1},
    ],
}


class Checks:
    def __init__(self, base_url: str, request_log: str) -> None:
        self.base_url = base_url
        self.request_log = request_log
        self.passed = 0
        self.failed = 0
        self.client = anthropic.Anthropic(base_url=base_url, api_key="sk-conformance-key", max_retries=2)

    def run(self, name, fn) -> None:
        try:
            fn()
        except Exception:  # noqa: BLE001 - every failure is reported, then the run goes on
            self.failed += 1
            print(f"FAIL {name}")
            traceback.print_exc(limit=3)
        else:
            self.passed += 1
            print(f"PASS {name}")

    def logged(self, marker: str) -> list[dict]:
        with open(self.request_log, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        return [r for r in rows if marker in (r.get("last_user_text") or "")]

    def ask(self, text: str, **kwargs):
        return self.client.messages.create(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": text}], **kwargs)

    # --- parsing -------------------------------------------------------------------------------

    def create(self) -> None:
        msg = self.ask("conformance-create hello")
        assert msg.type == "message" and msg.role == "assistant", msg
        assert msg.content[0].type == "text"
        assert msg.content[0].text == "Emulated answer to: conformance-create hello", msg.content[0].text
        assert msg.stop_reason == "end_turn", msg.stop_reason
        assert msg.usage.output_tokens > 0

    def create_stream(self) -> None:
        stream = self.ask("conformance-raw-stream hello", stream=True)
        kinds, text = [], ""
        for event in stream:
            kinds.append(event.type)
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                text += event.delta.text
        assert kinds[0] == "message_start" and kinds[-1] == "message_stop", kinds
        assert "message_delta" in kinds
        assert text == "Emulated answer to: conformance-raw-stream hello", text

    def stream_helper(self) -> None:
        with self.client.messages.stream(
            model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "conformance-helper hello"}]
        ) as stream:
            text = "".join(stream.text_stream)
            final = stream.get_final_message()
        assert text == "Emulated answer to: conformance-helper hello", text
        assert final.content[0].text == text
        assert final.stop_reason == "end_turn"

    def refusal(self) -> None:
        msg = self.ask("Please help find the unified business number of ACME (conformance-refusal)")
        assert msg.stop_reason == "refusal", msg.stop_reason
        details = getattr(msg, "stop_details", None)
        if details is None and msg.model_extra:
            details = msg.model_extra.get("stop_details")
        category = details.get("category") if isinstance(details, dict) else getattr(details, "category", None)
        assert category == "general_harms", details

    def refusal_stream(self) -> None:
        with self.client.messages.stream(
            model=MODEL, max_tokens=64,
            messages=[{"role": "user", "content": "unified business number, streamed (conformance-refusal-stream)"}],
        ) as stream:
            text = "".join(stream.text_stream)
            final = stream.get_final_message()
        assert final.stop_reason == "refusal", final.stop_reason
        assert text == "I can help with th", text

    def bearer(self) -> None:
        client = anthropic.Anthropic(base_url=self.base_url, auth_token="tok-conformance", max_retries=0)
        msg = client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": "conformance-bearer"}])
        assert msg.stop_reason == "end_turn"
        rows = self.logged("conformance-bearer")
        assert rows[-1]["auth"] == "bearer", rows

    # --- retries -------------------------------------------------------------------------------

    def retry_429(self) -> None:
        start = time.monotonic()
        msg = self.ask("conformance-429")
        elapsed = time.monotonic() - start
        assert msg.stop_reason == "end_turn"
        rows = self.logged("conformance-429")
        assert [r["status"] for r in rows] == [429, 200], rows
        assert [r["retry_count"] for r in rows] == ["0", "1"], rows
        assert elapsed >= 0.9, f"retry-after: 1 not honoured ({elapsed:.2f}s)"

    def retry_529(self) -> None:
        msg = self.ask("conformance-529")
        assert msg.stop_reason == "end_turn"
        rows = self.logged("conformance-529")
        assert [r["status"] for r in rows] == [529, 529, 200], rows
        assert [r["retry_count"] for r in rows] == ["0", "1", "2"], rows

    def retry_500_exhausted(self) -> None:
        try:
            self.ask("conformance-500-exhaust")
        except anthropic.InternalServerError as e:
            assert e.status_code == 500
            assert e.body["error"]["type"] == "api_error", e.body
        else:
            raise AssertionError("expected InternalServerError")
        rows = self.logged("conformance-500-exhaust")
        assert [r["status"] for r in rows] == [500, 500, 500], rows

    def no_retry_header(self) -> None:
        try:
            self.ask("conformance-no-retry")
        except anthropic.InternalServerError:
            pass
        else:
            raise AssertionError("expected InternalServerError")
        assert len(self.logged("conformance-no-retry")) == 1

    def dropped_connection(self) -> None:
        msg = self.ask("conformance-drop")
        assert msg.stop_reason == "end_turn"
        rows = self.logged("conformance-drop")
        assert [r["outcome"] for r in rows] == ["fault:drop", "answered"], rows

    def stream_error(self) -> None:
        try:
            with self.client.messages.stream(
                model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "conformance-stream-error"}]
            ) as stream:
                for _ in stream.text_stream:
                    pass
        except anthropic.APIStatusError as e:
            assert "overloaded_error" in str(e) or "Overloaded" in str(e), e
        else:
            raise AssertionError("expected the SDK to raise the mid-stream error")
        assert len(self.logged("conformance-stream-error")) == 1, "a mid-stream error must not be retried"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--request-log", required=True)
    parser.add_argument("--print-config", action="store_true")
    args = parser.parse_args()
    checks = Checks(args.base_url, args.request_log)
    print(f"anthropic SDK {anthropic.__version__} against {args.base_url}")
    for name in [
        "create", "create_stream", "stream_helper", "refusal", "refusal_stream", "bearer",
        "retry_429", "retry_529", "retry_500_exhausted", "no_retry_header", "dropped_connection", "stream_error",
    ]:
        checks.run(name, getattr(checks, name))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    if "--print-config" in sys.argv:
        print(json.dumps(CONFIG))
        sys.exit(0)
    sys.exit(main())
