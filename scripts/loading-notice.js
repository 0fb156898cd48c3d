// What a loader shows while a build of the app loads, and when it could not: nothing of the
// app is loaded yet to word them in the page's language, so both languages, like
// index.html's placeholder. Bundled into boot.js and embed.js by scripts/post-build.mjs.

/** "Loading…" with a progress bar, announced politely. */
export function loadingNotice() {
  const notice = document.createElement("p");
  notice.className = "sm-boot";
  notice.setAttribute("role", "status");
  notice.textContent = "正在加载… Loading…";
  notice.append(document.createElement("progress"));
  return notice;
}

/** The build could not be fetched (the network dropped): an alert with `retry`. */
export function failedNotice(retry) {
  const notice = document.createElement("p");
  notice.className = "sm-boot";
  notice.setAttribute("role", "alert");
  notice.textContent = "无法加载，请检查网络后重试。 Could not load: check the connection and try again. ";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "重试 Retry";
  button.addEventListener("click", retry);
  notice.append(button);
  return notice;
}
