import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { optionSections, type OptionSectionId } from './sections';

/**
 * Follows which section is on screen, so the side navigation can mark it. Without an
 * IntersectionObserver (jsdom) the first section stays marked.
 */
function useSectionInView(): OptionSectionId {
  const [current, setCurrent] = useState<OptionSectionId>(optionSections[0].id);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        const first = optionSections.find((section) => visible.has(section.id));
        if (first) setCurrent(first.id);
      },
      // A section counts once its top passes the upper third of the window.
      { rootMargin: '0px 0px -66% 0px' },
    );
    for (const { id } of optionSections) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}

/** The side navigation: one link a section, the one in view marked for sight and for screen readers. */
export function SectionNav() {
  const t = useT();
  const current = useSectionInView();
  return (
    <nav className="options__nav" aria-label={t('options.nav.label')}>
      <ul>
        {optionSections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} aria-current={current === section.id ? 'location' : undefined}>
              {t(section.title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
