// Alerts page: a thin client of the JSON API (/alerts/...) with the API key typed into the page.
// Builds every table cell with textContent (never innerHTML), so nothing from the server is parsed as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var key = "";
  var CHANNELS = { atom: "Nguồn tin Atom", webhook: "Webhook", email: "Thư điện tử" };
  var STATUS = { pending: "đang chờ", sending: "đang gửi", delivered: "đã gửi", dead: "thất bại (hết lượt thử)" };

  function say(text, kind) {
    var s = $("status");
    s.textContent = text;
    s.className = "status" + (kind ? " " + kind : "");
  }

  function explain(status, body) {
    var msg = body && (body.detail || body.error);
    if (Array.isArray(msg)) { msg = msg.map(function (d) { return d.msg; }).join("; "); }
    if (status === 401) { return "Khóa API không đúng hoặc đã bị thu hồi (" + (msg || status) + ")."; }
    if (status === 403) { return "Khóa này không có quyền dùng cảnh báo (cần vai trò editor hoặc appraiser)."; }
    return "Lỗi " + status + ": " + (msg || "máy chủ không trả lời được");
  }

  function api(method, path, body) {
    var opts = { method: method, headers: { "X-API-Key": key, "Accept": "application/json" } };
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = { error: t.slice(0, 200) }; }
        if (!r.ok) { throw new Error(explain(r.status, data)); }
        return data;
      });
    });
  }

  function cell(tr, text, cls) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : String(text);
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }

  function button(label, aria, handler, cls) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("aria-label", aria);
    if (cls) { b.className = cls; }
    b.addEventListener("click", handler);
    return b;
  }

  function filtersText(s) {
    var f = s.filters || {}, parts = [];
    if (s.query) { parts.push("“" + s.query + "”"); }
    [["provinces", "tỉnh"], ["types", "loại"], ["issuers", "cơ quan"], ["indices", "chỉ số"], ["criteria", "tiêu chí"]]
      .forEach(function (p) { if (f[p[0]] && f[p[0]].length) { parts.push(p[1] + ": " + f[p[0]].join(", ")); } });
    return parts.join(" · ") || "mọi văn bản";
  }

  function emptyRow(body, cols, text) {
    body.textContent = "";
    var tr = document.createElement("tr");
    var td = cell(tr, text);
    td.colSpan = cols;
    body.appendChild(tr);
  }

  function loadSubscriptions() {
    return api("GET", "/alerts/subscriptions").then(function (subs) {
      var body = $("subs-body");
      if (!subs.length) { emptyRow(body, 6, "Chưa có đăng ký nào."); return; }
      body.textContent = "";
      subs.forEach(function (s) {
        var tr = document.createElement("tr");
        tr.dataset.id = s.id;
        cell(tr, s.id);
        cell(tr, s.name);
        cell(tr, filtersText(s));
        cell(tr, (CHANNELS[s.channel] || s.channel) + (s.target ? " → " + s.target : ""));
        cell(tr, s.active ? "đang hoạt động" : "tạm dừng");
        var td = cell(tr, "", "actions");
        td.appendChild(button("Gửi thử", "Gửi thử đăng ký " + s.name, function () { testSub(s); }));
        td.appendChild(button("Xóa", "Xóa đăng ký " + s.name, function () { removeSub(s); }, "danger"));
        body.appendChild(tr);
      });
    });
  }

  function loadDeliveries() {
    return api("GET", "/alerts/deliveries?limit=50").then(function (rows) {
      var body = $("deliveries-body");
      if (!rows.length) { emptyRow(body, 8, "Chưa có lần gửi nào."); return; }
      body.textContent = "";
      rows.forEach(function (d) {
        var tr = document.createElement("tr");
        cell(tr, d.id);
        cell(tr, d.subscription_id);
        var td = cell(tr, "");
        var a = document.createElement("a");
        a.href = "/van-ban/" + encodeURIComponent(d.document_id);
        a.textContent = (d.document && (d.document.doc_number || d.document.title)) || ("văn bản " + d.document_id);
        td.appendChild(a);
        cell(tr, CHANNELS[d.channel] || d.channel);
        cell(tr, STATUS[d.status] || d.status, "st-" + d.status);
        cell(tr, d.attempts);
        cell(tr, (d.delivered_at || d.created_at || "").replace("T", " ").slice(0, 16));
        cell(tr, d.last_error || "");
        body.appendChild(tr);
      });
    });
  }

  function reload() {
    if (!key) { say("Hãy nhập khóa API trước.", "error"); $("api-key").focus(); return Promise.resolve(); }
    say("Đang tải…");
    return Promise.all([loadSubscriptions(), loadDeliveries()])
      .then(function () { say("Đã tải danh sách đăng ký và các lần gửi.", "ok"); })
      .catch(function (e) { say(e.message, "error"); });
  }

  function testSub(s) {
    say("Đang gửi thử đăng ký “" + s.name + "”…");
    api("POST", "/alerts/subscriptions/" + s.id + "/test").then(function (r) {
      say(r.ok ? "Gửi thử thành công cho “" + s.name + "”" + (r.status_code ? " (HTTP " + r.status_code + ")" : "") + "."
               : "Gửi thử thất bại: " + (r.error || ("HTTP " + r.status_code)), r.ok ? "ok" : "error");
      return loadDeliveries();
    }).catch(function (e) { say(e.message, "error"); });
  }

  function removeSub(s) {
    if (!window.confirm("Xóa đăng ký “" + s.name + "” và các lần gửi của nó?")) { return; }
    api("DELETE", "/alerts/subscriptions/" + s.id).then(function () {
      say("Đã xóa đăng ký “" + s.name + "”.", "ok");
      return Promise.all([loadSubscriptions(), loadDeliveries()]);
    }).catch(function (e) { say(e.message, "error"); });
  }

  // A value shown once: the feed URL as a link, the secret as code, each with a copy button.
  function shownOnce(label, value, isLink) {
    var q = document.createElement("p");
    q.textContent = label;
    var v;
    if (isLink) {
      v = document.createElement("a");
      v.href = value;
      v.className = "feed-link";
    } else {
      v = document.createElement("code");
    }
    v.textContent = value;
    q.appendChild(v);
    q.appendChild(document.createTextNode(" "));
    q.appendChild(button("Sao chép", "Sao chép " + label.split(" (")[0].toLowerCase(), function (ev) {
      var b = ev.target;
      var tell = function (text) { b.textContent = text; b.setAttribute("aria-label", text); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(value).then(function () { tell("Đã sao chép"); },
          function () { selectText(v); tell("Đã chọn, nhấn Ctrl+C"); });
      } else {
        selectText(v);     // plain http: the clipboard API is not there; select for Ctrl+C
        tell("Đã chọn, nhấn Ctrl+C");
      }
    }, "secondary copy"));
    return q;
  }

  function selectText(el) {
    var r = document.createRange();
    r.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
  }

  function checked(form, name) {
    return Array.prototype.map.call(form.querySelectorAll("input[name=" + name + "]:checked"),
      function (i) { return i.value; });
  }

  function showChannelFields() {
    var ch = $("s-channel").value;
    document.querySelectorAll("[data-channel]").forEach(function (el) {
      el.hidden = el.getAttribute("data-channel").split(" ").indexOf(ch) < 0;
    });
  }

  function create(ev) {
    ev.preventDefault();
    if (!key) { say("Hãy nhập khóa API trước.", "error"); $("api-key").focus(); return; }
    var f = ev.target, el = function (n) { return f.elements.namedItem(n); }, ch = el("channel").value;
    var body = {
      name: el("name").value.trim(), query: el("query").value.trim(), channel: ch,
      on_changes: el("on_changes").checked, digest: ch !== "atom" && el("digest").checked,
      filters: {
        provinces: checked(f, "provinces"), types: checked(f, "types"), indices: checked(f, "indices"),
        criteria: checked(f, "criteria")
      }
    };
    if (!body.name) { say("Hãy đặt tên cho đăng ký.", "error"); el("name").focus(); return; }
    if (ch === "webhook") { body.webhook_url = el("webhook_url").value.trim(); }
    if (ch === "email") { body.email = el("email").value.trim(); }
    say("Đang tạo đăng ký…");
    api("POST", "/alerts/subscriptions", body).then(function (s) {
      var box = $("created");
      box.textContent = "";
      var p = document.createElement("p");
      p.textContent = "Đã tạo đăng ký số " + s.id + " “" + s.name + "”.";
      box.appendChild(p);
      [["feed_url", "Địa chỉ nguồn tin Atom (chỉ hiện một lần, hãy lưu lại): "],
       ["secret", "Khóa ký webhook (chỉ hiện một lần, hãy lưu lại): "]].forEach(function (x) {
        if (s[x[0]]) { box.appendChild(shownOnce(x[1], s[x[0]], x[0] === "feed_url")); }
      });
      box.hidden = false;
      box.focus();
      f.reset();
      showChannelFields();
      say("Đã tạo đăng ký “" + s.name + "”.", "ok");
      return loadSubscriptions();
    }).catch(function (e) { say(e.message, "error"); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("key-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      key = $("api-key").value.trim();
      reload();
    });
    $("reload").addEventListener("click", reload);
    $("s-channel").addEventListener("change", showChannelFields);
    $("create-form").addEventListener("submit", create);
    showChannelFields();
  });
})();
