// Strings of <admin-embed>: the embed code of one object, with a live preview.
import type { Messages } from '../i18n.js';

export type EmbedKind = 'project' | 'progress' | 'lunch' | 'column' | 'wishes' | 'stats';

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
  preview: string;
  previewTitle: (title: string) => string;
  copy: string;
  copied: string;
  lang: string;
  langs: Record<'auto' | 'zh-Hans' | 'zh-Hant' | 'en', string>;
  loading: string;
}

export const messages: Messages<EmbedMessages> = {
  'zh-Hans': {
    title: '嵌入代码',
    intro: '选择要嵌入的内容，把代码复制到网站或公众号文章编辑器中。',
    kind: '组件类型',
    kinds: {
      project: '项目卡片', progress: '募捐进度', lunch: '免费午餐', column: '慈善专栏', wishes: '微心愿墙', stats: '数据卡片',
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
    intro: '選擇要嵌入的內容，把代碼複製到網站或公眾號文章編輯器中。',
    kind: '元件類型',
    kinds: {
      project: '項目卡片', progress: '募捐進度', lunch: '免費午餐', column: '慈善專欄', wishes: '微心願牆', stats: '資料卡片',
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
    intro: 'Choose what to embed and copy the code into your site or article editor.',
    kind: 'Widget',
    kinds: {
      project: 'Project card', progress: 'Fundraising progress', lunch: 'Free lunch', column: 'Charity column', wishes: 'Wish board',
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
      image: 'Where neither scripts nor iframes are allowed (government sites, e-mail, forums): an image of the latest figures with a QR code.',
    },
    preview: 'Live preview',
    previewTitle: (t) => `Preview: ${t}`,
    copy: 'Copy',
    copied: 'Copied to the clipboard',
    lang: 'Widget language',
    langs: { auto: 'As the page', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    loading: 'Loading…',
  },
};
