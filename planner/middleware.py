"""Two small middlewares: a request body limit, and no caching of pages with plan data.

RequestBodyLimitMiddleware looks at the Content-Length before anything reads the body (the
CSRF check reads request.POST later, in process_view) and refuses what is larger than the
planner needs with the Dutch 400 page (RequestDataTooBig, a SuspiciousOperation):
- before sign-in (login, choosing a password): ANONYMOUS_BODY_MAX_SIZE, a few KB;
- a file only where an upload belongs, the import, and at most FILE_UPLOAD_MAX_MEMORY_SIZE
  there, so the file stays in memory and never goes to disk; anywhere else a file in a
  multipart body is refused (400) as soon as the parser meets it (NoFileUploads);
- everything else (a step with every field full): DATA_UPLOAD_MAX_MEMORY_SIZE.
Django itself only limits the form fields of a multipart body, not its files: without this, a
300 MB upload to the login page was read to a temporary file.

PrivateCacheMiddleware gives every response to a signed-in user `Cache-Control: private,
no-store` unless the view set its own: pages, the PDF and the JSON export hold plan data that
no shared cache (proxy) or browser cache should keep. Static files never get here: WhiteNoise
answers them before the session is even read.
"""
from django.conf import settings
from django.core.exceptions import BadRequest, RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler
from django.urls import reverse

from planner.wizard import unsaved

PRIVATE = "private, no-store"
UPLOAD_URL_NAMES = ["planner:plan_import"]


def content_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0  # Django reads no body at all then


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._upload_paths = None

    @property
    def upload_paths(self):
        if self._upload_paths is None:
            self._upload_paths = {reverse(name) for name in UPLOAD_URL_NAMES}
        return self._upload_paths

    def __call__(self, request):
        length = content_length(request)
        if length:
            self.check(request, length)
        return self.get_response(request)

    def check(self, request, length):
        if (length > settings.ANONYMOUS_BODY_MAX_SIZE and not request.user.is_authenticated
                and unsaved.remembered_user_id(request) is None):
            # A browser that was signed in (its session just ended) may still post a whole step:
            # what was typed is kept for the officer (planner.wizard.unsaved).
            raise RequestDataTooBig(f"Request body of {length} bytes before sign-in.")
        upload = request.path in self.upload_paths
        if not upload:
            request.upload_handlers = [NoFileUploads(request)]
        limit = settings.FILE_UPLOAD_MAX_MEMORY_SIZE if upload else settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and length > limit:
            raise RequestDataTooBig(f"Request body of {length} bytes, more than {limit}.")


class NoFileUploads(FileUploadHandler):
    """The upload handler everywhere but the import: form fields in a multipart body are fine
    (Django's test client posts that way), a file is not."""

    def new_file(self, field_name, *args, **kwargs):
        raise BadRequest(f"A file ({field_name!r}) sent to {self.request.path}, which takes none.")

    def receive_data_chunk(self, raw_data, start):  # never reached: new_file refused the file
        return None

    def file_complete(self, file_size):
        return None


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            response["Cache-Control"] = PRIVATE
        return response
