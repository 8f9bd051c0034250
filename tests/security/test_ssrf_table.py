"""SSRF table: IPv6 forms that embed or reach IPv4 hosts are judged by the hosts they reach."""
from __future__ import annotations

import pytest

from alerts.ssrf import UnsafeURL, check_url


@pytest.mark.parametrize("url, why", [
    ("http://[2002:a00:1::]/", "private"),            # 6to4 embedding 10.0.0.1
    ("http://[2002:7f00:1::]/hook", "loopback"),      # 6to4 embedding 127.0.0.1
    ("http://[2002:a9fe:a9fe::]/", "metadata"),       # 6to4 embedding 169.254.169.254
    # Teredo: server 65.54.227.120, client obfuscated 10.0.0.1 (every bit flipped)
    ("http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/", "private"),
    ("http://[fec0::1]/", "site-local"),
    ("http://[::ffff:10.0.0.1]/", "private"),
])
def test_ipv6_forms_reaching_internal_hosts_are_refused(url, why):
    with pytest.raises(UnsafeURL) as e:
        check_url(url)
    assert why in str(e.value)


def test_6to4_of_a_public_host_is_allowed():
    # 2002:0808:0808:: embeds 8.8.8.8
    assert check_url("http://[2002:808:808::1]/hook").ip == "2002:808:808::1"


def test_an_allowed_network_still_admits_its_6to4_form():
    import ipaddress
    allowed = [ipaddress.ip_network("10.0.0.0/8")]
    assert check_url("http://[2002:a00:1::]/", allowed=allowed) is not None
