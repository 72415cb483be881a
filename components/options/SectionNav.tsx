import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { optionSections, type OptionSectionId } from './sections';

/**
 * Follows which section is being read: the last whose top has passed under the sticky header,
 * or the last of all once the page is scrolled to its end (a short last section never reaches
 * the top). Measured on scroll, a frame at a time. Without layout (jsdom) the first stays marked.
 */
function useSectionInView(): OptionSectionId {
  const [current, setCurrent] = useState<OptionSectionId>(optionSections[0].id);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      let reading: OptionSectionId = optionSections[0].id;
      for (const { id } of optionSections) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= 120) reading = id;
      }
      // At the end, the section a link just took the reader to, if it is on screen; else the last.
      const linked = optionSections.find(({ id }) => `#${id}` === window.location.hash && (document.getElementById(id)?.getBoundingClientRect().top ?? -1) >= 0);
      const last = optionSections[optionSections.length - 1]!.id;
      setCurrent(atEnd && window.scrollY > 0 ? (linked?.id ?? last) : reading);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
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
