"""Settings: environment, config file, command-line overrides, one-line errors."""
import pytest

from parwatch.settings import SettingsError, load_settings


def test_environment_then_file_then_defaults(tmp_path, monkeypatch):
    cfg = tmp_path / "parwatch.toml"
    cfg.write_text('[parwatch]\nstore = "from-file.sqlite"\nconcurrent_per_domain = 1\n')
    monkeypatch.setenv("PARWATCH_CONFIG", str(cfg))
    monkeypatch.setenv("PARWATCH_STORE", "from-env.sqlite")
    s = load_settings()
    assert str(s.store) == "from-env.sqlite" and s.concurrent_per_domain == 1
    assert str(load_settings(store="cli.sqlite").store) == "cli.sqlite"


def test_yaml_config_file(tmp_path, monkeypatch):
    cfg = tmp_path / "parwatch.yaml"
    cfg.write_text("search: elasticsearch\nes_url: https://es.example:9243\n")
    monkeypatch.setenv("PARWATCH_CONFIG", str(cfg))
    s = load_settings()
    assert s.search == "elasticsearch" and s.es_url == "https://es.example:9243"


@pytest.mark.parametrize("env,value,needle", [
    ("PARWATCH_SEARCH", "solr", "search"),
    ("PARWATCH_CONCURRENT_PER_DOMAIN", "many", "concurrent_per_domain"),
])
def test_bad_values_name_the_setting(monkeypatch, env, value, needle):
    monkeypatch.setenv(env, value)
    with pytest.raises(SettingsError, match=needle) as e:
        load_settings()
    assert "\n" not in str(e.value)


def test_unknown_key_in_file_is_named(tmp_path, monkeypatch):
    cfg = tmp_path / "p.toml"
    cfg.write_text('stroe = "typo.sqlite"\n')
    monkeypatch.setenv("PARWATCH_CONFIG", str(cfg))
    with pytest.raises(SettingsError, match="stroe"):
        load_settings()


def test_missing_config_file_is_one_clear_line(monkeypatch, tmp_path):
    monkeypatch.setenv("PARWATCH_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(SettingsError, match="nope.toml"):
        load_settings()
