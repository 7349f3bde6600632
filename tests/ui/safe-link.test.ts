import { describe, expect, it } from 'vitest';
import { safeHref, SAFE_LINK_PROPS } from '../../src/ui/safe-link';

describe('safeHref', () => {
  it.each([
    ['https://example.com/study?id=4', 'https://example.com/study?id=4'],
    ['  http://example.com  ', 'http://example.com/'],
    ['mailto:marta@example.com', 'mailto:marta@example.com'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
  ])('makes %j a link', (text, href) => {
    expect(safeHref(text)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.com',
    'example.com',
    'Customer interviews, round 3',
    'https://exa mple.com',
    'https://',
    'java\tscript:alert(1)',
  ])('leaves %j as text', (text) => {
    expect(safeHref(text)).toBeNull();
  });

  it('opens links in a new tab that cannot reach back', () => {
    expect(SAFE_LINK_PROPS).toEqual({ target: '_blank', rel: 'noopener noreferrer' });
  });
});
