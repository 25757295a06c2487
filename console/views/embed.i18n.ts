// Strings of <admin-embed>: the embed code of one object, with a live preview.
import type { EmbedKind } from '../../common/embed-kinds.js';
import type { Locale } from '../../common/locale.js';
import type { Messages } from '../i18n.js';

export type Place = 'site' | 'cms' | 'wechat' | 'no-script' | 'chat';

export interface EmbedMessages {
  title: string;
  intro: string;
  kind: string;
  kinds: Record<EmbedKind, string>;
  object: string;
  choose: string;
  noObjects: string;
  wholeOrg: string;
  snippets: { script: string; iframe: string; link: string; image: string };
  hints: { script: string; iframe: string; link: string; image: string };
  /** Which snippet works where: a site, a CMS without scripts, the WeChat editor, e-mail and forums, a chat. */
  whereTitle: string;
  /** `withoutImage`: what to say instead for a kind that has no live image (projects, columns, wish boards). */
  where: { place: Place; label: string; use: string; withoutImage?: string }[];
  preview: string;
  previewTitle: (title: string) => string;
  copy: string;
  copied: string;
  lang: string;
  langs: Record<'auto' | Locale, string>;
  loading: string;
}

export const messages: Messages<EmbedMessages> = {
  'zh-Hans': {
    title: '嵌入代码',
    intro: '选择要嵌入的内容，再按要放的地方复制对应的代码。',
    kind: '组件类型',
    kinds: {
      project: '项目卡片',
      progress: '募捐进度',
      lunch: '免费午餐',
      column: '慈善专栏',
      wishes: '微心愿墙',
      stats: '数据卡片',
    },
    object: '内容',
    choose: '请选择…',
    noObjects: '本单位还没有这类内容。',
    wholeOrg: '本单位',
    snippets: { script: '脚本（推荐）', iframe: 'iframe', link: '链接', image: '实时图片' },
    hints: {
      script: '放在网页中要显示的位置，自动适应页面宽度和语言。',
      iframe: '网站不允许加脚本时使用（如部分内容管理系统）。',
      link: '分享到微信、短信或其他地方。',
      image: '脚本和 iframe 都不允许时使用（政府网站、邮件、论坛）：图片显示最新数字和二维码。',
    },
    whereTitle: '放在哪里，用哪段代码',
    where: [
      { place: 'site', label: '自己的网站（可以加脚本）', use: '脚本。' },
      { place: 'cms', label: '内容管理系统不允许脚本', use: 'iframe。' },
      {
        place: 'wechat',
        label: '微信公众号文章',
        use: '公众号编辑器不接受脚本和 iframe，上面的脚本和 iframe 代码贴进去不会显示。可以用实时图片：在浏览器中打开图片地址，截图后插入正文（显示的是截图时的数字）；以及链接：填入“原文链接”，读者点“阅读原文”即可打开实时页面。',
        withoutImage:
          '公众号编辑器不接受脚本和 iframe，上面的脚本和 iframe 代码贴进去不会显示。可以用链接：填入“原文链接”，读者点“阅读原文”即可打开实时页面。',
      },
      {
        place: 'no-script',
        label: '政府网站、邮件、论坛（脚本和 iframe 都不允许）',
        use: '实时图片。',
        withoutImage: '链接（这类内容没有实时图片）。',
      },
      { place: 'chat', label: '微信聊天、短信', use: '链接。' },
    ],
    preview: '实时预览',
    previewTitle: (t) => `预览：${t}`,
    copy: '复制',
    copied: '已复制到剪贴板',
    lang: '组件语言',
    langs: { auto: '跟随网页', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    loading: '正在加载…',
  },
  'zh-Hant': {
    title: '嵌入程式碼',
    intro: '選擇要嵌入的內容，再按要放的地方複製對應的代碼。',
    kind: '元件類型',
    kinds: {
      project: '項目卡片',
      progress: '募捐進度',
      lunch: '免費午餐',
      column: '慈善專欄',
      wishes: '微心願牆',
      stats: '資料卡片',
    },
    object: '內容',
    choose: '請選擇…',
    noObjects: '本單位還沒有這類內容。',
    wholeOrg: '本單位',
    snippets: { script: '腳本（推薦）', iframe: 'iframe', link: '連結', image: '即時圖片' },
    hints: {
      script: '放在網頁中要顯示的位置，自動適應頁面寬度和語言。',
      iframe: '網站不允許加腳本時使用（如部分內容管理系統）。',
      link: '分享到微信、簡訊或其他地方。',
      image: '腳本和 iframe 都不允許時使用（政府網站、郵件、論壇）：圖片顯示最新數字和二維碼。',
    },
    whereTitle: '放在哪裡，用哪段代碼',
    where: [
      { place: 'site', label: '自己的網站（可以加腳本）', use: '腳本。' },
      { place: 'cms', label: '內容管理系統不允許腳本', use: 'iframe。' },
      {
        place: 'wechat',
        label: '微信公眾號文章',
        use: '公眾號編輯器不接受腳本和 iframe，上面的腳本和 iframe 代碼貼進去不會顯示。可以用即時圖片：在瀏覽器中打開圖片地址，截圖後插入正文（顯示的是截圖時的數字）；以及連結：填入「原文連結」，讀者點「閱讀原文」即可打開即時頁面。',
        withoutImage:
          '公眾號編輯器不接受腳本和 iframe，上面的腳本和 iframe 代碼貼進去不會顯示。可以用連結：填入「原文連結」，讀者點「閱讀原文」即可打開即時頁面。',
      },
      {
        place: 'no-script',
        label: '政府網站、郵件、論壇（腳本和 iframe 都不允許）',
        use: '即時圖片。',
        withoutImage: '連結（這類內容沒有即時圖片）。',
      },
      { place: 'chat', label: '微信聊天、簡訊', use: '連結。' },
    ],
    preview: '即時預覽',
    previewTitle: (t) => `預覽：${t}`,
    copy: '複製',
    copied: '已複製到剪貼簿',
    lang: '元件語言',
    langs: { auto: '跟隨網頁', 'zh-Hans': '簡體中文', 'zh-Hant': '繁體中文', en: 'English' },
    loading: '正在載入…',
  },
  en: {
    title: 'Embed code',
    intro: 'Choose what to embed, then copy the code that suits where it goes.',
    kind: 'Widget',
    kinds: {
      project: 'Project card',
      progress: 'Fundraising progress',
      lunch: 'Free lunch',
      column: 'Charity column',
      wishes: 'Wish board',
      stats: 'Figures card',
    },
    object: 'Object',
    choose: 'Choose…',
    noObjects: 'Your organisation has none of these yet.',
    wholeOrg: 'Your organisation',
    snippets: { script: 'Script (recommended)', iframe: 'iframe', link: 'Link', image: 'Live image' },
    hints: {
      script: 'Paste where it should appear; it follows the page’s width and language.',
      iframe: 'For sites that do not allow scripts (some content systems).',
      link: 'To share by WeChat, text message or elsewhere.',
      image:
        'Where neither scripts nor iframes are allowed (government sites, e-mail, forums): an image of the latest figures with a QR code.',
    },
    whereTitle: 'Which code for where',
    where: [
      { place: 'site', label: 'Your own website (scripts allowed)', use: 'The script.' },
      { place: 'cms', label: 'A content system that strips scripts', use: 'The iframe.' },
      {
        place: 'wechat',
        label: 'A WeChat official-account article',
        use: 'The official-account editor accepts no script and no iframe: the script and iframe code above will not show there. What works: the live image — open the image address in a browser and insert a screenshot into the article (it shows the figures of that moment); and the link — put it in “Original link” (原文链接), so readers open the live page with “Read more”.',
        withoutImage:
          'The official-account editor accepts no script and no iframe: the script and iframe code above will not show there. What works: the link — put it in “Original link” (原文链接), so readers open the live page with “Read more”.',
      },
      {
        place: 'no-script',
        label: 'Government sites, e-mail, forums (no scripts, no iframes)',
        use: 'The live image.',
        withoutImage: 'The link (this kind has no live image).',
      },
      { place: 'chat', label: 'WeChat chats, text messages', use: 'The link.' },
    ],
    preview: 'Live preview',
    previewTitle: (t) => `Preview: ${t}`,
    copy: 'Copy',
    copied: 'Copied to the clipboard',
    lang: 'Widget language',
    langs: { auto: 'As the page', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    loading: 'Loading…',
  },
};
