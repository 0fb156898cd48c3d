// The portal routes applications through its own flow: it takes over skillmatch:apply
// for its own postings (PORTAL-*) and lets the widget follow the link for the rest.
const log = document.getElementById("portal-log");
document.addEventListener("skillmatch:ready", () => {
  log.textContent = "SkillMatch 已就绪";
});
document.addEventListener("skillmatch:apply", (event) => {
  const { jobId, url } = event.detail;
  if (jobId.startsWith("PORTAL-")) {
    event.preventDefault();
    log.textContent = `门户报名流程：${jobId}（${url}）`;
  }
});
