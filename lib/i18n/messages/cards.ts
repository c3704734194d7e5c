/**
 * Strings of the hover cards and the corner chip on Facebook, X and Quora. A button's accessible
 * name starts with its visible words (WCAG 2.5.3): moreLabel and chip.label only add to them.
 */
export const en = {
  'card.dialog': 'China Lens: {platform}',
  'card.equivalents': 'Chinese equivalents',
  'card.counterparts': 'Western counterparts',
  'card.noEquivalents': 'No Chinese platform in the catalogue plays this role.',
  'card.noCounterparts': 'No Western platform in the catalogue is paired with it.',
  'card.moreEquivalents': '+{count} more',
  'card.keyDifference': 'Key difference: {aspect}',
  'card.figure': '{metric}: {value} ({year}, {source})',
  'card.more': 'More',
  'card.moreLabel': 'the full China Lens entry for {platform}',
  'card.close': 'Close',
  'card.keyboardHint': 'China Lens card for {platform}. Press Alt and Down Arrow to read it, Escape to close.',
  'card.unit.hoursPerWeek': '{value} hours a week',
  'card.chip.text': 'In China: {name}',
  'card.chip.label': 'the closest Chinese equivalent of {platform}; shows the China Lens card',
};

export const zhCN: Record<keyof typeof en, string> = {
  'card.dialog': '中国透镜：{platform}',
  'card.equivalents': '中国对应平台',
  'card.counterparts': '西方对应平台',
  'card.noEquivalents': '目录中没有承担这一角色的中国平台。',
  'card.noCounterparts': '目录中没有与之对应的西方平台。',
  'card.moreEquivalents': '还有 {count} 个',
  'card.keyDifference': '主要区别：{aspect}',
  'card.figure': '{metric}：{value}（{year}，{source}）',
  'card.more': '详情',
  'card.moreLabel': '中国透镜中{platform}的完整条目',
  'card.close': '关闭',
  'card.keyboardHint': '{platform}的中国透镜卡片。按 Alt 加下方向键阅读，按 Esc 关闭。',
  'card.unit.hoursPerWeek': '每周 {value} 小时',
  'card.chip.text': '在中国：{name}',
  'card.chip.label': '与{platform}最接近的中国平台；显示中国透镜卡片',
};

export const sv: Record<keyof typeof en, string> = {
  'card.dialog': 'China Lens: {platform}',
  'card.equivalents': 'Kinesiska motsvarigheter',
  'card.counterparts': 'Västerländska motsvarigheter',
  'card.noEquivalents': 'Ingen kinesisk plattform i katalogen fyller den här rollen.',
  'card.noCounterparts': 'Ingen västerländsk plattform i katalogen är kopplad till den.',
  'card.moreEquivalents': '+{count} till',
  'card.keyDifference': 'Viktigaste skillnaden: {aspect}',
  'card.figure': '{metric}: {value} ({year}, {source})',
  'card.more': 'Mer',
  'card.moreLabel': 'hela China Lens-posten om {platform}',
  'card.close': 'Stäng',
  'card.keyboardHint': 'China Lens-kort om {platform}. Tryck Alt och nedåtpil för att läsa det, Escape för att stänga.',
  'card.unit.hoursPerWeek': '{value} timmar i veckan',
  'card.chip.text': 'I Kina: {name}',
  'card.chip.label': 'den kinesiska motsvarighet som ligger närmast {platform}; visar China Lens-kortet',
};
