/**
 * Keeps a long page's "On this page" list current: the entry for the section being read gets
 * aria-current="location" (and a bolder style). A small enhancement with IntersectionObserver, so
 * nothing runs on scroll; with JavaScript off the list is plain links and nothing is lost.
 */
for (const nav of document.querySelectorAll<HTMLElement>("[data-scrollspy]")) {
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    // Observe the section the heading opens, so a long section stays current while it is read.
    const section = target?.closest("section") ?? target;
    if (section) links.set(section, link);
  }
  const visible = new Set<Element>();
  const update = () => {
    // The first section in document order that is on screen is the one being read.
    const current = [...links.keys()].find((s) => visible.has(s));
    for (const [section, link] of links) {
      if (section === current) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target);
        else visible.delete(e.target);
      }
      update();
    },
    // A band across the upper part of the viewport: the section under the reader's eyes.
    { rootMargin: "-20% 0px -60% 0px" },
  );
  for (const section of links.keys()) observer.observe(section);
}
