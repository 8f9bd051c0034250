"""Loaded by the crawl workers of test_a_worker_stopped_between_an_attachment_and_the_links_streams_the_page_once
(on their PYTHONPATH, never imported by the tests): the first worker to hand an article's first
attachment request (dont_filter) to its scheduler while the page's links have not left yet writes
"<pid> <url>" to $PARWATCH_TEST_STALL_MARK and stops itself (SIGSTOP): the test resumes it once the
other worker has taken its requests back. The moment that the full-suite runs hit by chance."""
import os
import signal

MARK = os.environ.get("PARWATCH_TEST_STALL_MARK")
if MARK:
    from crawler.distributed import frontier
    from crawler.distributed.inflight import PARENT

    _enqueue = frontier.ReliableScheduler.enqueue_request

    def enqueue_request(self, request):
        parent = request.meta.get(PARENT)
        stall = bool(request.dont_filter and parent and request.meta.get("kind") == "file"
                     and not self.handover.last(parent))
        got = _enqueue(self, request)
        if stall:
            try:
                fd = os.open(MARK, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:     # the other worker stopped first
                return got
            os.write(fd, f"{os.getpid()} {request.url}".encode())
            os.close(fd)
            os.kill(os.getpid(), signal.SIGSTOP)
        return got

    frontier.ReliableScheduler.enqueue_request = enqueue_request
