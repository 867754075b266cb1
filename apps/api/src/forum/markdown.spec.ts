import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders the markdown members use', () => {
    expect(renderMarkdown('**tenang** dan _pelan_\n\n- satu\n- dua')).toBe(
      '<p><strong>tenang</strong> dan <em>pelan</em></p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>',
    );
  });

  it('escapes raw HTML instead of keeping it', () => {
    const html = renderMarkdown('<script>alert(1)</script><b onclick="x()">hai</b>');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;b onclick="x()"&gt;hai&lt;/b&gt;</p>');
  });

  it('marks links nofollow ugc noopener and drops unsafe schemes', () => {
    expect(renderMarkdown('[info](https://example.org/a)')).toBe(
      '<p><a href="https://example.org/a" rel="nofollow ugc noopener">info</a></p>',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toMatch(/<a /);
    expect(renderMarkdown('[x](data:text/html,hi)')).not.toMatch(/<a /);
    expect(renderMarkdown('<javascript:alert(1)>')).not.toMatch(/<a /);
  });

  it('shows images as their alt text, never loading them', () => {
    const html = renderMarkdown('![foto kucing](https://tracker.example/pixel.png)');
    expect(html).toBe('<p>foto kucing</p>');
  });

  it('keeps headings below the page’s own', () => {
    expect(renderMarkdown('# Judul')).toBe('<h3>Judul</h3>');
  });
});
