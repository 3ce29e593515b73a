import type { CodeSample } from '../../schema';

/*
 * The guide's three code samples, verbatim. They are kept as arrays of lines
 * so trailing spaces (the guide has two) survive editors that trim them, and
 * the test compares each one with the fenced block in the guide.
 */

export const ormLoopSample: CodeSample = {
  language: 'python',
  source: [
    '# Show this code',
    'users = User.objects.all()',
    'for user in users:',
    '    print(user.profile.avatar.url)',
    '    print(user.transactions.count())',
  ].join('\n'),
};

export const galileoServiceSample: CodeSample = {
  language: 'python',
  caption: 'Present actual MyBambu code (sanitized)',
  source: [
    '# galileo/services.py',
    'class GalileoService:',
    '    def __init__(self):',
    '        self.base_url = settings.GALILEO_URL',
    '        self.api_key = settings.GALILEO_API_KEY',
    '        ',
    '    def create_account(self, user_data):',
    '        try:',
    '            response = requests.post(',
    '                f"{self.base_url}/accounts",',
    '                json=user_data,',
    '                headers={"X-API-Key": self.api_key}',
    '            )',
    '            if response.status_code == 200:',
    '                account = Account.objects.create(',
    "                    user_id=user_data['user_id'],",
    "                    galileo_id=response.json()['account_id']",
    '                )',
    '                send_notification.delay(',
    "                    user_data['user_id'], ",
    "                    'account_created'",
    '                )',
    '                return account',
    '            else:',
    '                raise Exception("Failed to create account")',
    '        except Exception as e:',
    '            logger.error(f"Account creation failed: {e}")',
    '            raise',
  ].join('\n'),
};

export const userTransactionsSample: CodeSample = {
  language: 'python',
  source: [
    'def get_user_transactions(request, user_id):',
    '    transactions = Transaction.objects.filter(user_id=user_id)',
    '    result = []',
    '    for transaction in transactions:',
    '        merchant = Merchant.objects.get(id=transaction.merchant_id)',
    '        category = Category.objects.get(id=merchant.category_id)',
    '        card = Card.objects.get(id=transaction.card_id)',
    '        result.append({',
    "            'id': transaction.id,",
    "            'amount': transaction.amount,",
    "            'merchant_name': merchant.name,",
    "            'category_name': category.name,",
    "            'card_last_four': card.last_four,",
    "            'date': transaction.created_at",
    '        })',
    "    return JsonResponse({'transactions': result})",
  ].join('\n'),
};
