#!/usr/bin/env python3
"""Replays every call of KB article KBEC-00383 ("Using the Rest API through Python").

Usage: kb_article_calls.py BASE_URL USER PASSWORD
  e.g. kb_article_calls.py https://127.0.0.1:8443/rest/v1.0 admin changeme

Expects a server holding the KB's seed data (project Default with PythonProperty=PythonRestApi).
Exits 0 when every call behaves as the article says, otherwise 1 with a message naming the call.
"""
import json
import sys

import requests
import urllib3
from requests.auth import HTTPBasicAuth

# The article turns certificate checks off with verify=False; silence the warning that causes.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

NO_CREDENTIALS = ('{"error":{"where":"","message":"No credentials/session found in this request",'
                  '"details":"","code":"NoCredentials"}}')


def fail(call, message, response=None):
    detail = "" if response is None else " (HTTP %s: %s)" % (response.status_code, response.text[:300])
    print("KB call failed: %s: %s%s" % (call, message, detail), file=sys.stderr)
    sys.exit(1)


def json_of(call, response):
    try:
        return response.json()
    except ValueError:
        fail(call, "response is not JSON", response)


def expect_status(call, response, status):
    if response.status_code != status:
        fail(call, "expected HTTP %d" % status, response)


def main(base, user, password):
    # 2. Login and save session id in headers
    call = "POST /sessions?password=...&userName=%s" % user
    r = requests.post(base + '/sessions?password=' + password + '&userName=' + user, verify=False)
    expect_status(call, r, 200)
    login = json_of(call, r)
    session_id = login.get("sessionId")
    if not session_id or login.get("userName") != user:
        fail(call, "expected sessionId and userName=%s, got %s" % (user, json.dumps(login)), r)

    my_headers = {'Accept': 'application/json', "sessionId": session_id}

    # Get property, with the session id in the headers
    call = "GET /properties/PythonProperty?projectName=Default (sessionId header)"
    r = requests.get(base + '/properties/PythonProperty?projectName=Default', verify=False, headers=my_headers)
    expect_status(call, r, 200)
    prop = json_of(call, r).get("property", {})
    if prop.get("value") != "PythonRestApi" or prop.get("propertyName") != "PythonProperty":
        fail(call, "expected PythonProperty=PythonRestApi, got %s" % json.dumps(prop), r)
    for field in ("propertyId", "counter", "createTime", "description", "expandable",
                  "lastModifiedBy", "modifyTime", "owner", "tracked"):
        if not isinstance(prop.get(field), str):
            fail(call, "field %s missing or not a string" % field, r)

    # 1. Set property, with user and password on the request (HTTPBasicAuth)
    call = "PUT /properties/PythonProperty?projectName=Default&value=UpdatedPython (Basic auth)"
    r = requests.put(base + '/properties/PythonProperty?projectName=Default&value=UpdatedPython',
                     auth=HTTPBasicAuth(user, password), verify=False)
    expect_status(call, r, 200)
    prop = json_of(call, r).get("property", {})
    if prop.get("value") != "UpdatedPython":
        fail(call, "expected the new value UpdatedPython back, got %s" % json.dumps(prop), r)

    call = "GET /properties/PythonProperty?projectName=Default after the PUT"
    r = requests.get(base + '/properties/PythonProperty?projectName=Default', verify=False, headers=my_headers)
    expect_status(call, r, 200)
    if json_of(call, r).get("property", {}).get("value") != "UpdatedPython":
        fail(call, "the update did not stick", r)

    # "Publish artifact version": POST /artifacts?artifactKey=2&groupId=2 with Basic auth
    call = "POST /artifacts?artifactKey=2&groupId=2 (Basic auth)"
    r = requests.post(base + '/artifacts?artifactKey=2&groupId=2', verify=False, auth=HTTPBasicAuth(user, password))
    expect_status(call, r, 200)
    artifact = json_of(call, r).get("artifact", {})
    if artifact.get("groupId") != "2" or artifact.get("artifactKey") != "2":
        fail(call, "expected artifact 2:2, got %s" % json.dumps(artifact), r)

    # Missing authentication gives exactly the article's error text
    call = "GET /properties/PythonProperty?projectName=Default without credentials"
    r = requests.get(base + '/properties/PythonProperty?projectName=Default', verify=False)
    if r.status_code != 401 or r.text != NO_CREDENTIALS:
        fail(call, "expected HTTP 401 with exactly %s" % NO_CREDENTIALS, r)

    print("KB article calls: all 6 calls behaved as documented")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("Usage: kb_article_calls.py BASE_URL USER PASSWORD", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]))
